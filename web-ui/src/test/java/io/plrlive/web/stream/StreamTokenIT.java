package io.plrlive.web.stream;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.List;

import javax.crypto.spec.SecretKeySpec;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import io.plrlive.contracts.json.JsonSerde;
import io.plrlive.contracts.stream.StreamToken;
import io.plrlive.testing.TestDatabase;
import io.plrlive.testing.TestInfrastructure;
import io.plrlive.web.TestCourse;
import io.plrlive.web.WebUiApplication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Stream tokens as the SSE gateway will read them, and who gets one.
 */
@SpringBootTest(properties = { "spring.config.name=" + WebUiApplication.CONFIG_NAME, "web.login=development",
		"web.gateway-url=http://localhost:8081", "web.stream-token.secret=" + StreamTokenIT.SECRET })
@AutoConfigureMockMvc
class StreamTokenIT {

	static final String SECRET = "stream-token-key-for-the-web-ui-tests-0123456789";

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
	void givesAStudentATokenForTheirCourseInstanceInAnHttpOnlyCookie() throws Exception {
		MockHttpServletResponse response = this.mvc
			.perform(post("/course-instances/10/stream-token").with(csrf())
				.session(TestCourse.signIn(this.mvc, TestCourse.STUDENT)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse();
		String setCookie = response.getHeader("Set-Cookie");
		assertThat(setCookie).startsWith(StreamToken.COOKIE + "=")
			.contains("Path=/course-instances/10/stream", "HttpOnly", "SameSite=Strict", "Max-Age=300");
		Cookie cookie = response.getCookie(StreamToken.COOKIE);
		Jwt token = decoder().decode(cookie.getValue());
		String handle = this.jdbc.sql("SELECT handle FROM plr_students WHERE user_id = :user")
			.param("user", TestCourse.STUDENT)
			.query(String.class)
			.single();
		assertThat(token.getSubject()).isEqualTo(handle);
		assertThat(token.getClaimAsString("iss")).isEqualTo(StreamToken.ISSUER);
		assertThat(token.getAudience()).containsExactly(StreamToken.AUDIENCE);
		assertThat(token.getClaimAsString(StreamToken.ROLE_CLAIM)).isEqualTo(StreamToken.STUDENT);
		assertThat(token.<List<Number>>getClaim(StreamToken.COURSE_INSTANCES_CLAIM)).extracting(Number::longValue)
			.containsExactly(10L);
		assertThat(token.getExpiresAt()).isAfter(token.getIssuedAt());

		var grant = JsonSerde.mapper().readTree(response.getContentAsString());
		assertThat(grant.get("streamUrl").asString()).isEqualTo("http://localhost:8081/course-instances/10/stream");
		assertThat(grant.get("expiresAt").asString()).isEqualTo(token.getExpiresAt().toString());
		assertThat(response.getContentAsString()).doesNotContain(cookie.getValue());
	}

	@Test
	void givesStaffAStaffToken() throws Exception {
		MockHttpServletResponse response = this.mvc
			.perform(post("/course-instances/11/stream-token").with(csrf())
				.session(TestCourse.signIn(this.mvc, TestCourse.STAFF)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse();
		Jwt token = decoder().decode(response.getCookie(StreamToken.COOKIE).getValue());
		assertThat(token.getClaimAsString(StreamToken.ROLE_CLAIM)).isEqualTo(StreamToken.STAFF);
	}

	@Test
	void refusesATokenForAnotherCourseInstance() throws Exception {
		this.mvc
			.perform(post("/course-instances/11/stream-token").with(csrf())
				.session(TestCourse.signIn(this.mvc, TestCourse.STUDENT)))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"));
		this.mvc
			.perform(post("/course-instances/10/stream-token").with(csrf())
				.session(TestCourse.signIn(this.mvc, TestCourse.OUTSIDER)))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/course-instances/999/stream-token").with(csrf())
				.session(TestCourse.signIn(this.mvc, TestCourse.STAFF)))
			.andExpect(status().isNotFound());
	}

	@Test
	void refusesATokenWithoutTheCsrfToken() throws Exception {
		this.mvc
			.perform(post("/course-instances/10/stream-token").session(TestCourse.signIn(this.mvc, TestCourse.STUDENT)))
			.andExpect(status().isForbidden());
	}

	private static NimbusJwtDecoder decoder() {
		return NimbusJwtDecoder.withSecretKey(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"))
			.macAlgorithm(MacAlgorithm.HS256)
			.build();
	}

}
