package se.samverka.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.Set;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.support.RequestContextUtils;

/** Switches the language on {@code ?lang=sv|en} and remembers it in a cookie; other values are ignored. */
class LanguageSwitch implements HandlerInterceptor {

    private static final Set<String> SUPPORTED = Set.of("sv", "en");

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        var lang = request.getParameter("lang");
        if (lang != null && SUPPORTED.contains(lang)) {
            var resolver = RequestContextUtils.getLocaleResolver(request);
            if (resolver != null) {
                resolver.setLocale(request, response, Locale.forLanguageTag(lang));
            }
        }
        return true;
    }
}
