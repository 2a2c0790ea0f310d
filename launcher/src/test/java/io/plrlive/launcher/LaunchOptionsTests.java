package io.plrlive.launcher;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class LaunchOptionsTests {

	@Test
	void usesTheConfigurationFilesPortsUnlessToldOtherwise() {
		LocalPorts ports = LaunchOptions.parse("--web-ui-port=9080", "--fresh").ports();
		assertThat(ports.of(Service.WEB_UI)).isEqualTo(9080);
		assertThat(ports.of(Service.SSE_GATEWAY)).isEqualTo(8081);
		assertThat(ports.of(Service.CHANGE_CAPTURE)).isEqualTo(8082);
		assertThat(ports.of(Service.SCORE_AGGREGATOR)).isEqualTo(8083);
	}

	@Test
	void refusesWhatIsNotAPort() {
		assertThatIllegalArgumentException().isThrownBy(() -> LaunchOptions.parse("--sse-gateway-port=http"))
			.withMessage("--sse-gateway-port must be a number, not 'http'");
		assertThatIllegalArgumentException().isThrownBy(() -> LaunchOptions.parse("--web-ui-port=70000"))
			.withMessage("--web-ui-port must be a port from 1 to 65535, not 70000");
		assertThatIllegalArgumentException().isThrownBy(() -> LaunchOptions.parse("--verbose"))
			.withMessage("Unknown argument '--verbose'");
	}

	@Test
	void readsTheDemoScaleKnobs() {
		LaunchOptions options = LaunchOptions.parse("--demo-courses=5", "--demo-students=500", "--demo-activity=0.5",
				"--no-simulation");
		assertThat(options.demo()).isEqualTo(new DemoOptions(5, 500, 0.5, false));
		assertThat(options.fresh()).isFalse();
		assertThat(LaunchOptions.parse().demo()).isEqualTo(DemoOptions.DEFAULT);
		assertThatIllegalArgumentException().isThrownBy(() -> LaunchOptions.parse("--demo-activity=2"))
			.withMessageContaining("--demo-activity");
		assertThatIllegalArgumentException().isThrownBy(() -> LaunchOptions.parse("--demo-students=0"))
			.withMessageContaining("--demo-students");
	}

	@Test
	void namesTheTakenPortAndTheOptionThatMovesIt() throws IOException {
		try (ServerSocket taken = new ServerSocket()) {
			taken.bind(new InetSocketAddress(0));
			LocalPorts ports = LocalPorts.free().with(Service.SCORE_AGGREGATOR, taken.getLocalPort());
			assertThatExceptionOfType(LocalPorts.PortInUseException.class).isThrownBy(ports::requireFree)
				.withMessage("Port " + taken.getLocalPort() + " for score-aggregator is in use: stop what holds it, "
						+ "or start with --score-aggregator-port=<a free port>");
		}
	}

}
