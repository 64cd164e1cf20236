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
 * parameter is ignored, so the login page can never be used to send someone elsewhere.
 */
final class ResumeAfterLogin {

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
