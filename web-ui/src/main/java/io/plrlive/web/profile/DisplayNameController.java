package io.plrlive.web.profile;

import java.util.Optional;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.plrlive.web.course.CourseAccess;
import io.plrlive.web.identity.SignedInUser;

/**
 * {@code POST /course-instances/{id}/display-name}: a student renames themselves. Who is
 * renamed comes from the session only; a refused name comes back to the page with the
 * reason.
 */
@Controller
class DisplayNameController {

	private final CourseAccess access;

	private final DisplayNames names;

	DisplayNameController(CourseAccess access, DisplayNames names) {
		this.access = access;
		this.names = names;
	}

	@PostMapping("/course-instances/{courseInstanceId}/display-name")
	String rename(@PathVariable long courseInstanceId, @RequestParam(defaultValue = "") String displayName,
			@AuthenticationPrincipal SignedInUser user, RedirectAttributes flash) {
		this.access.requireStudent(user, courseInstanceId);
		Optional<String> refusal = this.names.rename(user.userId(), courseInstanceId, displayName);
		if (refusal.isPresent()) {
			flash.addFlashAttribute("error", refusal.get());
		}
		else {
			flash.addFlashAttribute("message", "Your display name is now " + displayName.strip() + ".");
		}
		return "redirect:/course-instances/" + courseInstanceId;
	}

}
