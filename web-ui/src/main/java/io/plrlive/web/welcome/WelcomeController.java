package io.plrlive.web.welcome;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import io.plrlive.web.course.CourseCatalog;

/**
 * The welcome page at {@code /}: lists the course instances of the database.
 */
@Controller
class WelcomeController {

	private final CourseCatalog catalog;

	WelcomeController(CourseCatalog catalog) {
		this.catalog = catalog;
	}

	@GetMapping("/")
	String welcome(Model model) {
		model.addAttribute("courseInstances", this.catalog.courseInstances());
		return "welcome/index";
	}

}
