package io.plrlive.gateway;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.client.ReactorResourceFactory;

/**
 * Event loops of the gateway's own. Reactor Netty's global ones are disposed when any
 * application context that uses them closes, which would stop every other gateway in the
 * same JVM (the launcher, tests with several replicas).
 */
@Configuration(proxyBeanMethods = false)
class NettyResourcesConfiguration {

	@Bean
	ReactorResourceFactory reactorResourceFactory() {
		ReactorResourceFactory resources = new ReactorResourceFactory();
		resources.setUseGlobalResources(false);
		return resources;
	}

}
