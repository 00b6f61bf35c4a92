package se.samverka.web;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * "Stay signed in" on the warning before a session ends (WCAG 2.2.1): any request of a signed-in person renews
 * the session, so this one only has to arrive. Signed-in people only (the security chain's default).
 */
@Controller
class SessionController {

    @PostMapping("/inloggning/forlang")
    ResponseEntity<Void> stay() {
        return ResponseEntity.noContent().build();
    }
}
