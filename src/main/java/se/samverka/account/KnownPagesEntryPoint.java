package se.samverka.account;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.handler.HandlerMappingIntrospector;
import org.springframework.web.servlet.resource.ResourceHttpRequestHandler;
import org.springframework.web.util.ServletRequestPathUtils;

/**
 * Sends an anonymous visitor of a page that needs a login to the login page, and answers an address that is no
 * page at all (a typo, /robots.txt before it existed, a scanner's /wp-login.php) with 404 and the friendly error
 * page, as it does for those who are logged in. Static files are all public, so a static-resource mapping that
 * would match any path does not count as a page.
 */
class KnownPagesEntryPoint implements AuthenticationEntryPoint {

	private final HandlerMappingIntrospector introspector;

	private final AuthenticationEntryPoint login = new LoginUrlAuthenticationEntryPoint("/login");

	KnownPagesEntryPoint(HandlerMappingIntrospector introspector) {
		this.introspector = introspector;
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
			throws IOException, jakarta.servlet.ServletException {
		if (isPage(request)) {
			login.commence(request, response, exception);
		}
		else {
			response.sendError(HttpServletResponse.SC_NOT_FOUND);
		}
	}

	private boolean isPage(HttpServletRequest request) {
		var previousPath = ServletRequestPathUtils.hasParsedRequestPath(request)
				? ServletRequestPathUtils.getParsedRequestPath(request) : null;
		ServletRequestPathUtils.parseAndCache(request);
		try {
			for (HandlerMapping mapping : introspector.getHandlerMappings()) {
				try {
					var chain = mapping.getHandler(request);
					if (chain != null && !(chain.getHandler() instanceof ResourceHttpRequestHandler)) {
						return true;
					}
				}
				catch (Exception ex) {
					// the path is mapped, but not for this method or these headers (405, 406): a page all the same
					return true;
				}
			}
			return false;
		}
		finally {
			if (previousPath != null) {
				ServletRequestPathUtils.setParsedRequestPath(previousPath, request);
			}
			else {
				ServletRequestPathUtils.clearParsedRequestPath(request);
			}
		}
	}
}
