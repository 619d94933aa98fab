package dev.multichat.app.http;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's own error answers (a request refused before it reaches a route: a NUL or an ambiguous
 * path segment in the URI, a malformed request line, a header too large) as the API's JSON
 * error instead of an HTML page. Never includes a stack trace. Thread-safe.
 */
final class JsonErrorHandler extends ErrorHandler {

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        Object status = request.getAttribute(ERROR_STATUS);
        int code = status instanceof Integer number ? number : 500;
        response.setStatus(code);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
        response.write(true, ByteBuffer.wrap(body(code)), callback);
        return true;
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        fields.put(HttpHeader.CONTENT_TYPE, "application/json");
        return ByteBuffer.wrap(body(status));
    }

    private static byte[] body(int code) {
        String text = "{\"code\":\"" + (code == 400 ? "bad_request" : "http_" + code) + "\",\"message\":\"the server"
                + " refused this request (HTTP " + code + "): check the URI and headers (no NUL, no ambiguous path"
                + " segments, headers within limits)\"}";
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
