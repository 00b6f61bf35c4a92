package se.samverka.calendar;

import java.nio.charset.StandardCharsets;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import se.samverka.shared.NotFoundException;

/** The feed itself, for a phone's calendar: the secret token is the credential; an unknown or old one is 404. */
@Controller
class FeedController {

    static final MediaType CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);

    private final CalendarFeeds feeds;
    private final FeedContent content;

    FeedController(CalendarFeeds feeds, FeedContent content) {
        this.feeds = feeds;
        this.content = content;
    }

    @GetMapping("/kalender/{feedToken}.ics")
    ResponseEntity<byte[]> feed(@PathVariable String feedToken) {
        var owner = feeds.owner(feedToken).orElseThrow(() -> new NotFoundException("Feed"));
        return ResponseEntity.ok()
                .contentType(CALENDAR)
                .cacheControl(CacheControl.noCache().cachePrivate())
                .body(content.of(owner).getBytes(StandardCharsets.UTF_8));
    }
}
