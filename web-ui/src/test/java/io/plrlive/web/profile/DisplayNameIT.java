package io.plrlive.web.profile;

import java.sql.SQLException;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import io.plrlive.testing.TestDatabase;
import io.plrlive.testing.TestInfrastructure;
import io.plrlive.web.TestCourse;
import io.plrlive.web.WebUiApplication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A student changes their own display name, and only theirs, within the rules.
 */
@SpringBootTest(properties = { "spring.config.name=" + WebUiApplication.CONFIG_NAME, "web.login=development" })
@AutoConfigureMockMvc
class DisplayNameIT {

	private static final TestDatabase database = TestInfrastructure.postgres().createDatabase();

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) throws SQLException {
		TestCourse.seed(database, registry);
	}

	@Test
	void renamesTheSignedInStudentOnlyWhateverTheFormSays() throws Exception {
		String classmateBefore = displayName(TestCourse.CLASSMATE);
		this.mvc
			.perform(post("/course-instances/10/display-name").param("displayName", "  Quiet Heron  ")
				.param("userId", Long.toString(TestCourse.CLASSMATE))
				.with(csrf())
				.session(TestCourse.signIn(this.mvc, TestCourse.STUDENT)))
			.andExpect(redirectedUrl("/course-instances/10"))
			.andExpect(flash().attribute("message", "Your display name is now Quiet Heron."));
		assertThat(displayName(TestCourse.STUDENT)).isEqualTo("Quiet Heron");
		assertThat(displayName(TestCourse.CLASSMATE)).isEqualTo(classmateBefore);
	}

	@Test
	void refusesANameAClassmateUsesButNotOneUsedInAnotherCourseInstance() throws Exception {
		this.mvc
			.perform(post("/course-instances/10/display-name").param("displayName", "Swift Falcon")
				.with(csrf())
				.session(TestCourse.signIn(this.mvc, TestCourse.CLASSMATE)))
			.andExpect(flash().attributeCount(1));
		this.mvc
			.perform(post("/course-instances/10/display-name").param("displayName", "swift FALCON")
				.with(csrf())
				.session(TestCourse.signIn(this.mvc, TestCourse.STUDENT)))
			.andExpect(flash().attribute("error", containsString("already uses that name")));
		this.mvc
			.perform(post("/course-instances/11/display-name").param("displayName", "Swift Falcon")
				.with(csrf())
				.session(TestCourse.signIn(this.mvc, TestCourse.OTHER_STUDENT)))
			.andExpect(flash().attribute("message", "Your display name is now Swift Falcon."));
	}

	@Test
	void refusesNamesThatBreakTheRulesWithTheReason() throws Exception {
		String before = displayName(TestCourse.STUDENT);
		this.mvc
			.perform(post("/course-instances/10/display-name").param("displayName", "<script>alert(1)</script>")
				.with(csrf())
				.session(TestCourse.signIn(this.mvc, TestCourse.STUDENT)))
			.andExpect(flash().attribute("error", "A display name cannot contain < or >."));
		this.mvc
			.perform(post("/course-instances/10/display-name").param("displayName", "Sh1t Otter")
				.with(csrf())
				.session(TestCourse.signIn(this.mvc, TestCourse.STUDENT)))
			.andExpect(flash().attribute("error", containsString("not allowed on the boards")));
		assertThat(displayName(TestCourse.STUDENT)).isEqualTo(before);
	}

	@Test
	void refusesTheFormToStaffOutsidersAndRequestsWithoutTheCsrfToken() throws Exception {
		this.mvc
			.perform(post("/course-instances/10/display-name").param("displayName", "Staff Name")
				.with(csrf())
				.session(TestCourse.signIn(this.mvc, TestCourse.STAFF)))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/course-instances/10/display-name").param("displayName", "Outsider Name")
				.with(csrf())
				.session(TestCourse.signIn(this.mvc, TestCourse.OUTSIDER)))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/course-instances/10/display-name").param("displayName", "No Token")
				.session(TestCourse.signIn(this.mvc, TestCourse.STUDENT)))
			.andExpect(status().isForbidden());
	}

	private String displayName(long userId) {
		this.jdbc.sql("SELECT plr_ensure_student(:user)").param("user", userId).query().listOfRows();
		return this.jdbc.sql("SELECT display_name FROM plr_students WHERE user_id = :user")
			.param("user", userId)
			.query(String.class)
			.single();
	}

}
