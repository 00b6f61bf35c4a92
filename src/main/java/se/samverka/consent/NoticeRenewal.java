package se.samverka.consent;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import se.samverka.privacy.DataSubjectRights;

/**
 * When the privacy notice has a new version, a volunteer whose register consent was given under an older one is
 * sent to read and accept it before their other pages; the pages about their data and consents stay open, so
 * they can also choose to withdraw instead.
 */
@Component
class NoticeRenewal implements HandlerInterceptor, WebMvcConfigurer {

    private final Consents consents;
    private final DataSubjectRights rights;

    NoticeRenewal(Consents consents, DataSubjectRights rights) {
        this.consents = consents;
        this.rights = rights;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this)
                .addPathPatterns("/mina-sidor", "/mina-sidor/**")
                .excludePathPatterns(
                        "/mina-sidor/integritet",
                        "/mina-sidor/samtycken",
                        "/mina-sidor/samtycken/**",
                        "/mina-sidor/radera",
                        "/mina-sidor/mina-uppgifter",
                        "/mina-sidor/mina-uppgifter.json");
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws Exception {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (!"GET".equals(request.getMethod()) || authentication == null || !authentication.isAuthenticated()) {
            return true;
        }
        var me = rights.refOfLogin(authentication.getName());
        if (me.isPresent() && consents.needsRenewal(me.get(), ConsentPurpose.VOLUNTEER_REGISTER)) {
            response.sendRedirect(request.getContextPath() + "/mina-sidor/integritet");
            return false;
        }
        return true;
    }
}
