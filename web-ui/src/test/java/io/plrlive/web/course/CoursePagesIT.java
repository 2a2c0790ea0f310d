package io.plrlive.web.course;

import java.sql.SQLException;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
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
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * The course instance pages and live session controls, with their access rules, on a real
 * database, signed in through the development login.
 */
@SpringBootTest(properties = { "spring.config.name=" + WebUiApplication.CONFIG_NAME, "web.login=development" })
@AutoConfigureMockMvc
class CoursePagesIT {

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
	void sendsAnonymousVisitorsToTheLogin() throws Exception {
		this.mvc.perform(get("/course-instances/10")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
	}

	@Test
	void refusesASignInWithoutTheCsrfToken() throws Exception {
		this.mvc.perform(post("/login").param("userId", Long.toString(TestCourse.STUDENT)))
			.andExpect(status().isForbidden());
	}

	@Test
	void showsStaffTheStaffPageWithTheLiveAssessmentsOnly() throws Exception {
		this.mvc.perform(get("/course-instances/10").session(signIn(TestCourse.STAFF)))
			.andExpect(status().isOk())
			.andExpect(view().name("course/staff"))
			.andExpect(model().attribute("assessments",
					List.of(new LiveAssessment(1, "Live quiz 1", false), new LiveAssessment(2, "Live quiz 2", false))))
			.andExpect(content().string(containsString("<title>TAM 212 Fa26 · Staff · PLR Live</title>")))
			.andExpect(content().string(containsString("<meta name=\"csrf-token\" content=\"")))
			.andExpect(content().string(containsString("<script type=\"module\" src=\"/js/scoreboard.js\">")))
			.andExpect(header().string("Content-Security-Policy", containsString("script-src 'self';")))
			.andExpect(header().string("Content-Security-Policy",
					containsString("connect-src 'self' http://localhost:8081")));
	}

	@Test
	void showsAStudentTheStudentPageAndNeverTheStaffPage() throws Exception {
		this.mvc.perform(get("/course-instances/10").session(signIn(TestCourse.STUDENT)))
			.andExpect(status().isOk())
			.andExpect(view().name("course/student"))
			.andExpect(model().attributeExists("profile", "achievementCatalogue"))
			.andExpect(model().attributeDoesNotExist("assessments"));
	}

	@Test
	void refusesTheCourseInstanceToSomeoneOutsideIt() throws Exception {
		this.mvc.perform(get("/course-instances/10").session(signIn(TestCourse.OUTSIDER)))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/course-instances/10").session(signIn(TestCourse.OTHER_STUDENT)))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/course-instances/999").session(signIn(TestCourse.STAFF)))
			.andExpect(status().isNotFound());
	}

	@Test
	void letsStaffStartAndStopALiveSessionAndRefusesASecondOne() throws Exception {
		MockHttpSession staff = signIn(TestCourse.STAFF);
		this.mvc.perform(post("/course-instances/10/sessions").param("assessmentId", "1").with(csrf()).session(staff))
			.andExpect(redirectedUrl("/course-instances/10"))
			.andExpect(flash().attribute("message", "Live quiz 1 is live."));
		long sessionId = openSessionId();
		this.mvc.perform(post("/course-instances/10/sessions").param("assessmentId", "2").with(csrf()).session(staff))
			.andExpect(redirectedUrl("/course-instances/10"))
			.andExpect(flash().attribute("error", containsString("already has an open live session")));
		this.mvc.perform(get("/course-instances/10").session(staff))
			.andExpect(model().attribute("assessments",
					List.of(new LiveAssessment(1, "Live quiz 1", true), new LiveAssessment(2, "Live quiz 2", false))));

		this.mvc.perform(post("/course-instances/10/sessions/" + sessionId + "/close").with(csrf()).session(staff))
			.andExpect(redirectedUrl("/course-instances/10"))
			.andExpect(flash().attribute("message", containsString("Live quiz 1 is closed")));
		assertThat(this.jdbc.sql("SELECT closed_by FROM plr_live_sessions WHERE id = :id")
			.param("id", sessionId)
			.query(Long.class)
			.single()).isEqualTo(TestCourse.STAFF);
	}

	@Test
	void refusesAnAssessmentThatIsNotLive() throws Exception {
		this.mvc
			.perform(post("/course-instances/10/sessions").param("assessmentId", "3")
				.with(csrf())
				.session(signIn(TestCourse.STAFF)))
			.andExpect(flash().attribute("error", containsString("is not a live assessment")));
	}

	@Test
	void refusesStudentsTheLiveSessionControls() throws Exception {
		MockHttpSession student = signIn(TestCourse.STUDENT);
		this.mvc.perform(post("/course-instances/10/sessions").param("assessmentId", "1").with(csrf()).session(student))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/course-instances/10/sessions/1/close").with(csrf()).session(student))
			.andExpect(status().isForbidden());
	}

	@Test
	void letsACourseViewerSeeTheStaffPageButNotStartASession() throws Exception {
		MockHttpSession viewer = signIn(TestCourse.VIEWER);
		this.mvc.perform(get("/course-instances/10").session(viewer))
			.andExpect(view().name("course/staff"))
			.andExpect(model().attribute("canRunSessions", false));
		this.mvc.perform(post("/course-instances/10/sessions").param("assessmentId", "1").with(csrf()).session(viewer))
			.andExpect(status().isForbidden());
	}

	@Test
	void refusesAStartWithoutTheCsrfToken() throws Exception {
		this.mvc
			.perform(post("/course-instances/10/sessions").param("assessmentId", "1").session(signIn(TestCourse.STAFF)))
			.andExpect(status().isForbidden());
	}

	private long openSessionId() {
		return this.jdbc.sql("SELECT id FROM plr_live_sessions WHERE course_instance_id = 10 AND closed_at IS NULL")
			.query(Long.class)
			.single();
	}

	private MockHttpSession signIn(long userId) throws Exception {
		return TestCourse.signIn(this.mvc, userId);
	}

}
