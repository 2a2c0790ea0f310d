package io.plrlive.web.course;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.plrlive.web.identity.SignedInUser;

/**
 * Start and Stop on the staff page: open a live session of an assessment, close the open
 * one. A refusal of the database (a session already open, an assessment that is not live,
 * a session already closed) comes back to the page as a message.
 */
@Controller
class LiveSessionController {

	private static final Logger logger = LoggerFactory.getLogger(LiveSessionController.class);

	private final CourseAccess access;

	private final LiveSessions sessions;

	LiveSessionController(CourseAccess access, LiveSessions sessions) {
		this.access = access;
		this.sessions = sessions;
	}

	@PostMapping("/course-instances/{courseInstanceId}/sessions")
	String start(@PathVariable long courseInstanceId, @RequestParam long assessmentId,
			@AuthenticationPrincipal SignedInUser user, RedirectAttributes flash) {
		this.access.requireSessionControl(user, courseInstanceId);
		try {
			String title = this.sessions.open(courseInstanceId, assessmentId, user.userId());
			logger.info("User {} opened a live session of assessment {} in course instance {}", user.userId(),
					assessmentId, courseInstanceId);
			flash.addFlashAttribute("message", title + " is live.");
		}
		catch (DataAccessException ex) {
			flash.addFlashAttribute("error", "Could not start: " + DatabaseRefusal.reason(ex));
		}
		return "redirect:/course-instances/" + courseInstanceId;
	}

	@PostMapping("/course-instances/{courseInstanceId}/sessions/{sessionId}/close")
	String stop(@PathVariable long courseInstanceId, @PathVariable long sessionId,
			@AuthenticationPrincipal SignedInUser user, RedirectAttributes flash) {
		this.access.requireSessionControl(user, courseInstanceId);
		if (!this.sessions.belongsTo(sessionId, courseInstanceId)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND,
					"Course instance " + courseInstanceId + " has no live session " + sessionId);
		}
		try {
			String title = this.sessions.close(sessionId, user.userId());
			logger.info("User {} closed live session {} of course instance {}", user.userId(), sessionId,
					courseInstanceId);
			flash.addFlashAttribute("message", title + " is closed; final standings follow.");
		}
		catch (DataAccessException ex) {
			flash.addFlashAttribute("error", "Could not stop: " + DatabaseRefusal.reason(ex));
		}
		return "redirect:/course-instances/" + courseInstanceId;
	}

}
