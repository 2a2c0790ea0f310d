package io.plrlive.gateway;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import io.plrlive.contracts.Topics;
import io.plrlive.testing.TestInfrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = "spring.config.name=" + SseGatewayApplication.CONFIG_NAME)
class SseGatewayIT {

	@LocalServerPort
	int port;

	@Autowired
	WebServerApplicationContext context;

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		TestInfrastructure.kafka()
			.createTopics(List.of(Topics.SCORES, Topics.ACHIEVEMENTS, Topics.ENROLLMENT_CHANGES, Topics.VIEWER_COUNTS),
					2);
		registry.add("spring.kafka.bootstrap-servers", () -> TestInfrastructure.kafka().bootstrapServers());
	}

	@Test
	void reportsReadyOverHttpOnceTheBoardCacheCaughtUp() throws IOException, InterruptedException {
		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
			HttpResponse<String> response = get("/actuator/health/readiness");
			assertThat(response.statusCode()).isEqualTo(200);
			assertThat(response.body()).contains("\"boardCache\":{\"status\":\"UP\"");
		});
		HttpResponse<String> health = get("/actuator/health");
		assertThat(health.statusCode()).isEqualTo(200);
		assertThat(health.body()).endsWith("\"status\":\"UP\"}");
	}

	@Test
	void refusesWhatIsNeitherAProbeNorAStream() throws IOException, InterruptedException {
		HttpResponse<String> response = get("/actuator/env");
		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((contentType) -> assertThat(contentType).startsWith("application/problem+json"));
		assertThat(response.body()).contains("\"status\":401");
	}

	private HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path)).build(),
					HttpResponse.BodyHandlers.ofString());
	}

	@Test
	void runsOnReactorNetty() {
		// An idle SSE stream costs far less heap on Netty than on a servlet container.
		assertThat(this.context.getWebServer().getClass().getSimpleName()).isEqualTo("NettyWebServer");
	}

}
