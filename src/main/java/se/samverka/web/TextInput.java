package se.samverka.web;

import java.beans.PropertyEditorSupport;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Text with a NUL byte is refused where it is read, as a value of the wrong format (on a form: an error at the
 * field, 400; as a request parameter: 400): PostgreSQL cannot store it and failed with a 500.
 */
@ControllerAdvice
class TextInput {

    @InitBinder
    void refuseNulBytes(WebDataBinder binder) {
        binder.registerCustomEditor(String.class, new NoNul());
    }

    private static final class NoNul extends PropertyEditorSupport {

        @Override
        public void setAsText(String text) {
            if (text != null && text.indexOf('\0') >= 0) {
                throw new IllegalArgumentException("Text with a NUL byte");
            }
            setValue(text);
        }
    }
}
