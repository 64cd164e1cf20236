package nl.omgekeerdetoets.system;

import nl.omgekeerdetoets.shared.StaleVersionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * A concurrent edit that a controller did not turn into a form message of its own becomes
 * the friendly 409 page. Forms that hold typed text catch the conflict themselves and
 * show the input again.
 */
@ControllerAdvice
class ConflictHandling {

	private static final Logger log = LoggerFactory.getLogger(ConflictHandling.class);

	@ExceptionHandler({ StaleVersionException.class, OptimisticLockingFailureException.class })
	ModelAndView conflict(RuntimeException ex) {
		log.info("Concurrent edit refused: {}", ex.getClass().getSimpleName());
		ModelAndView page = new ModelAndView("error", HttpStatus.CONFLICT);
		page.addObject("status", HttpStatus.CONFLICT.value());
		page.addObject("kind", ErrorPageAttributes.kindOf(HttpStatus.CONFLICT.value()));
		return page;
	}

}
