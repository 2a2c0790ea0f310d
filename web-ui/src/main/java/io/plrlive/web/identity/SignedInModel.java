package io.plrlive.web.identity;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import io.plrlive.web.WebUiProperties;

/**
 * Tells every page whether someone is signed in and whether there is a login page, for
 * the header's Sign in and Sign out.
 */
@ControllerAdvice
class SignedInModel {

	private final boolean developmentLogin;

	SignedInModel(WebUiProperties properties) {
		this.developmentLogin = properties.login() == WebUiProperties.Login.DEVELOPMENT;
	}

	@ModelAttribute("developmentLogin")
	boolean developmentLogin() {
		return this.developmentLogin;
	}

	@ModelAttribute("signedIn")
	boolean signedIn(@AuthenticationPrincipal SignedInUser user) {
		return user != null;
	}

}
