package dev.byline.examples.springboot3;

import dev.byline.jackson2.BylineJsonModule;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/**
 * A newsroom's small article service on Spring Boot 3.5 (Jackson 2, Hibernate Validator 8): it
 * answers with articles in Byline JSON and accepts them, validated, in the same format.
 */
@SpringBootApplication
public class NewsroomApplication {
  /**
   * Byline's Jackson 2 module: Spring Boot registers every Jackson {@code Module} bean in the
   * {@code ObjectMapper} that Spring MVC reads request bodies and writes responses with, so Byline
   * values travel as Byline JSON.
   *
   * @return the module
   */
  @Bean
  BylineJsonModule bylineJsonModule() {
    return new BylineJsonModule();
  }

  /**
   * Starts the service.
   *
   * @param args Spring Boot's command-line arguments
   */
  public static void main(String[] args) {
    SpringApplication.run(NewsroomApplication.class, args);
  }
}
