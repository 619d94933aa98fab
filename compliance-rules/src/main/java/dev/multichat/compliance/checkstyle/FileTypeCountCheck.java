package dev.multichat.compliance.checkstyle;

import com.puppycrawl.tools.checkstyle.api.TokenTypes;

/**
 * V2 limit "types per file": every class, interface, enum, record and annotation type declared
 * in the file, nested and local included (anonymous classes and enum constant bodies are not
 * declared types and do not count). Default 5.
 */
public class FileTypeCountCheck extends AbstractFileCountCheck {

    /** Creates the check with the V2 default of 5. */
    public FileTypeCountCheck() {
        super(5);
    }

    @Override
    public int[] getRequiredTokens() {
        return new int[] {
            TokenTypes.CLASS_DEF, TokenTypes.INTERFACE_DEF, TokenTypes.ENUM_DEF,
            TokenTypes.RECORD_DEF, TokenTypes.ANNOTATION_DEF,
        };
    }

    @Override
    protected String messageKey() {
        return "v2.types";
    }
}
