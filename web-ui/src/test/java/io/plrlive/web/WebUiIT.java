package io.plrlive.web;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import io.plrlive.schema.PlrSchema;
import io.plrlive.testing.TestDatabase;
import io.plrlive.testing.TestInfrastructure;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "spring.config.name=" + WebUiApplication.CONFIG_NAME, "web.login=development" })
class WebUiIT {

	private static final TestDatabase database = TestInfrastructure.postgres().createDatabase();

	@LocalServerPort
	int port;

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) throws SQLException {
		PlrSchema.migrateStandalone(database.dataSource());
		try (Connection connection = database.dataSource().getConnection();
				Statement statement = connection.createStatement()) {
			statement.execute("INSERT INTO courses (id, short_name, title) VALUES (1, 'TAM 212', 'Dynamics')");
			statement.execute("INSERT INTO course_instances (course_id, short_name, long_name) VALUES "
					+ "(1, 'Sp26', 'Spring 2026'), (1, 'Fa26', 'Fall 2026')");
		}
		registry.add("spring.datasource.url", database::jdbcUrl);
		registry.add("spring.datasource.username", database::username);
		registry.add("spring.datasource.password", database::password);
	}

	@Test
	void reportsHealthUpOverHttp() throws IOException, InterruptedException {
		HttpResponse<String> response = get("/actuator/health");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("\"status\":\"UP\"");
	}

	@Test
	void welcomePageListsTheCourseInstances() throws IOException, InterruptedException {
		HttpResponse<String> response = get("/");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("<title>PLR Live</title>", "TAM 212", "Fall 2026", "Spring 2026");
	}

	private HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path)).build(),
					HttpResponse.BodyHandlers.ofString());
	}

}
