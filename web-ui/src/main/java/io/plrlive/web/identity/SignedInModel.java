package io.plrlive.web.identity;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Tells every page whether someone is signed in, for the header's Sign in and Sign out.
 */
@ControllerAdvice
class SignedInModel {

	@ModelAttribute("signedIn")
	boolean signedIn(@AuthenticationPrincipal SignedInUser user) {
		return user != null;
	}

}
