package nl.omgekeerdetoets.system;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationSuccessHandler;

/**
 * After logging in everyone lands on their start page, unless the login form carries a
 * step page to resume at (see {@link ResumePage}): then the user is back where their
 * session expired, also after mistyping the password first. Any other address in the
 * parameter is ignored, so the login page can never be used to send someone elsewhere. A
 * failed login keeps the username for the login page.
 */
final class ResumeAfterLogin {

	/**
	 * The session attribute with the username of a failed login, read once by the login
	 * page.
	 */
	static final String LAST_USERNAME = ResumeAfterLogin.class.getName() + ".username";

	private ResumeAfterLogin() {
	}

	static SimpleUrlAuthenticationSuccessHandler onSuccess() {
		return new SimpleUrlAuthenticationSuccessHandler("/") {

			@Override
			protected String determineTargetUrl(HttpServletRequest request, HttpServletResponse response) {
				return resumePage(request).orElse("/");
			}

		};
	}

	static SimpleUrlAuthenticationFailureHandler onFailure() {
		return new SimpleUrlAuthenticationFailureHandler("/login?error") {

			@Override
			public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
					AuthenticationException exception) throws IOException {
				saveException(request, exception);
				// The login page shows the username again, so that only the password is
				// typed
				// anew; it goes through the session, not the address, which ends up in
				// logs.
				String username = request.getParameter("username");
				if (username != null && username.length() <= 50) {
					request.getSession().setAttribute(LAST_USERNAME, username);
				}
				String to = "/login?error"
						+ resumePage(request).map((page) -> "&" + ResumePage.PARAMETER + "=" + page).orElse("");
				getRedirectStrategy().sendRedirect(request, response, to);
			}

		};
	}

	private static Optional<String> resumePage(HttpServletRequest request) {
		return ResumePage.of(request.getParameter(ResumePage.PARAMETER));
	}

}
