package io.plrlive.web.identity;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The development login ({@code web.login=development}): lists the users of the database
 * and signs in as the one picked, as PrairieLearn's development mode does.
 */
@Controller
@ConditionalOnProperty(name = "web.login", havingValue = "development")
class DevelopmentLoginController {

	private final JdbcClient jdbc;

	private final SecurityContextRepository contexts;

	DevelopmentLoginController(JdbcClient jdbc, SecurityContextRepository contexts) {
		this.jdbc = jdbc;
		this.contexts = contexts;
	}

	@GetMapping("/login")
	String users(Model model) {
		model.addAttribute("users", demoUsers());
		return "login/development";
	}

	@PostMapping("/login")
	String signIn(@RequestParam long userId, HttpServletRequest request, HttpServletResponse response) {
		boolean exists = this.jdbc.sql("SELECT EXISTS (SELECT 1 FROM users WHERE user_id = :user)")
			.param("user", userId)
			.query(Boolean.class)
			.single();
		if (!exists) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "There is no user " + userId);
		}
		// A new session id on every sign-in: no session fixation.
		request.getSession(true);
		request.changeSessionId();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(new SignedInUser(userId), null,
				AuthorityUtils.createAuthorityList("ROLE_USER")));
		SecurityContextHolder.setContext(context);
		this.contexts.saveContext(context, request, response);
		return "redirect:/";
	}

	private List<DemoUser> demoUsers() {
		return this.jdbc
			.sql("""
					SELECT u.user_id,
					       COALESCE(s.display_name, plr_default_alias(u.user_id)) AS alias,
					       EXISTS (SELECT 1 FROM course_permissions cp
					               WHERE cp.user_id = u.user_id AND cp.course_role IN ('Viewer', 'Editor', 'Owner')) AS staff
					FROM users u
					LEFT JOIN plr_students s ON s.user_id = u.user_id
					ORDER BY staff DESC, u.user_id
					""")
			.query(DemoUser.class)
			.list();
	}

}
