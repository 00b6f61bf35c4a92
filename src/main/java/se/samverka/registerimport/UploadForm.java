package se.samverka.registerimport;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/**
 * The upload form: what the file holds and the chosen file's name (the bytes travel beside it, see
 * {@link UploadBody}).
 */
record UploadForm(
        @NotBlank(message = "{registerimport.kind.required}")
        @Pattern(regexp = "^(foreningar|volontarer|frg-medlemmar)$", message = "{registerimport.kind.required}")
        String kind,

        @NotBlank(message = "{registerimport.file.required}")
        String file) {

    static UploadForm empty() {
        return new UploadForm(null, null);
    }
}
