package io.plrlive.web.identity;

import java.sql.SQLException;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import io.plrlive.testing.TestDatabase;
import io.plrlive.testing.TestInfrastructure;
import io.plrlive.web.TestCourse;
import io.plrlive.web.WebUiApplication;
import io.plrlive.web.WebUiProperties.TrustedHeader;

import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * Sign-in through the host platform's reverse proxy.
 */
@SpringBootTest(properties = { "spring.config.name=" + WebUiApplication.CONFIG_NAME, "web.login=trusted-header",
		"web.trusted-header.secret=" + TrustedHeaderSignInIT.SECRET })
@AutoConfigureMockMvc
class TrustedHeaderSignInIT {

	static final String SECRET = "the-proxy-secret-shared-with-web-ui-0123456789";

	private static final TestDatabase database = TestInfrastructure.postgres().createDatabase();

	@Autowired
	MockMvc mvc;

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) throws SQLException {
		TestCourse.seed(database, registry);
	}

	@Test
	void signsInTheUserTheProxyNames() throws Exception {
		this.mvc
			.perform(get("/course-instances/10").header("X-PLR-User", "staff@example.com")
				.header("X-PLR-Proxy-Secret", SECRET))
			.andExpect(status().isOk())
			.andExpect(view().name("course/staff"));
		this.mvc
			.perform(get("/course-instances/10").header("X-PLR-User", "student@example.com")
				.header("X-PLR-Proxy-Secret", SECRET))
			.andExpect(view().name("course/student"));
	}

	@Test
	void ignoresTheUserHeaderWithoutTheProxysSecret() throws Exception {
		this.mvc.perform(get("/course-instances/10").header("X-PLR-User", "staff@example.com"))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"));
		this.mvc
			.perform(get("/course-instances/10").header("X-PLR-User", "staff@example.com")
				.header("X-PLR-Proxy-Secret", "a-guess-that-is-not-the-secret-at-all-0000"))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void refusesAUserThatIsNotInTheDatabase() throws Exception {
		this.mvc
			.perform(get("/course-instances/10").header("X-PLR-User", "nobody@example.com")
				.header("X-PLR-Proxy-Secret", SECRET))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void offersNoDevelopmentLogin() throws Exception {
		this.mvc.perform(post("/login").param("userId", Long.toString(TestCourse.STAFF)))
			.andExpect(status().is4xxClientError());
		this.mvc.perform(get("/login")).andExpect(status().isNotFound());
	}

	@Test
	void needsTheSecretToStart() {
		assertThatIllegalStateException()
			.isThrownBy(() -> TrustedHeaderSignIn.filter(new TrustedHeader("X-PLR-User", "X-PLR-Proxy-Secret", null),
					JdbcClient.create(database.dataSource()), new HttpSessionSecurityContextRepository()))
			.withMessageContaining("web.trusted-header.secret");
	}

}
