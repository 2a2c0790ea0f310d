package io.plrlive.ranking;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.concurrent.ExecutionException;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import io.plrlive.contracts.Topics;
import io.plrlive.testing.TestInfrastructure;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = "spring.config.name=" + ScoreAggregatorApplication.CONFIG_NAME)
class ScoreAggregatorIT {

	@LocalServerPort
	int port;

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		registry.add("spring.kafka.bootstrap-servers", () -> TestInfrastructure.kafka().bootstrapServers());
	}

	@Test
	void reportsHealthUpOverHttp() throws IOException, InterruptedException {
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/actuator/health")).build(),
					HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("\"status\":\"UP\"");
	}

	@Test
	void declaresTheTopicsItProducesWithTheirCleanupPolicy() throws InterruptedException, ExecutionException {
		Map<String, String> expected = Map.of(Topics.SCORES.name(), "compact", Topics.SESSION_RESULTS.name(), "compact",
				Topics.ACHIEVEMENTS.name(), "compact", Topics.AGGREGATOR_DEAD_LETTERS.name(), "delete");
		assertThat(TestInfrastructure.kafka().cleanupPolicies(expected.keySet())).isEqualTo(expected);
	}

}
