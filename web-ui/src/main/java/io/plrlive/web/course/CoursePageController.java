package io.plrlive.web.course;

import java.util.List;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import io.plrlive.contracts.achievement.Achievement;
import io.plrlive.web.identity.CourseRole;
import io.plrlive.web.identity.CourseRoles;
import io.plrlive.web.identity.SignedInUser;

/**
 * {@code GET /course-instances/{id}}: the staff page for staff, the student page for
 * enrolled students.
 */
@Controller
class CoursePageController {

	private final CourseCatalog catalog;

	private final CourseAccess access;

	private final CourseRoles roles;

	private final LiveSessions sessions;

	private final StudentProfiles profiles;

	CoursePageController(CourseCatalog catalog, CourseAccess access, CourseRoles roles, LiveSessions sessions,
			StudentProfiles profiles) {
		this.catalog = catalog;
		this.access = access;
		this.roles = roles;
		this.sessions = sessions;
		this.profiles = profiles;
	}

	@GetMapping("/course-instances/{courseInstanceId}")
	String page(@PathVariable long courseInstanceId, @AuthenticationPrincipal SignedInUser user, Model model) {
		CourseRole role = this.access.member(user, courseInstanceId);
		model.addAttribute("courseInstance", this.catalog.find(courseInstanceId).orElseThrow());
		model.addAttribute("streamTokenUrl", "/course-instances/" + courseInstanceId + "/stream-token");
		if (role == CourseRole.STAFF) {
			model.addAttribute("assessments", this.sessions.liveAssessments(courseInstanceId));
			model.addAttribute("openSession", this.sessions.openSession(courseInstanceId).orElse(null));
			model.addAttribute("canRunSessions", this.roles.mayRunSessions(user.userId(), courseInstanceId));
			return "course/staff";
		}
		this.roles.handleOf(user.userId());
		model.addAttribute("profile", this.profiles.of(user.userId()));
		model.addAttribute("achievementCatalogue", List.of(Achievement.values()));
		return "course/student";
	}

}
