package dev.multichat.springai;

import dev.multichat.api.PluginException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.util.HashMap;
import java.util.Map;
import org.springframework.ai.content.Media;

/**
 * Sets a media item's data on {@code Media.Builder} in a way that links against Spring AI 2.0.x
 * and 1.1.x alike: 2.0 has {@code data(String)}, {@code data(byte[])} and {@code data(URL)}, 1.1
 * only {@code data(Object)}, so the method is found at run time (once per data type). Thread-safe.
 */
final class MediaData {

    private static final Map<Class<?>, Method> SETTERS = setters();

    private MediaData() {
    }

    static void set(Media.Builder builder, Object data) {
        try {
            SETTERS.get(data.getClass()).invoke(builder, data);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new PluginException("Spring AI's Media.Builder refused the stored media data ("
                    + data.getClass().getSimpleName() + "): " + e.getCause(), e);
        }
    }

    private static Map<Class<?>, Method> setters() {
        Map<Class<?>, Method> setters = new HashMap<>();
        for (Class<?> type : new Class<?>[] {String.class, byte[].class, URL.class}) {
            setters.put(type, setter(type));
        }
        return setters;
    }

    private static Method setter(Class<?> type) {
        try {
            return Media.Builder.class.getMethod("data", type);
        } catch (NoSuchMethodException newerOnly) {
            try {
                return Media.Builder.class.getMethod("data", Object.class);
            } catch (NoSuchMethodException e) {
                throw new PluginException("this Spring AI has no Media.Builder.data(" + type.getSimpleName()
                        + ") nor data(Object); use Spring AI 1.1.x or 2.0.x", e);
            }
        }
    }
}
