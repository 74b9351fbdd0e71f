package org.qualityloop.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;

/**
 * An upload over the server's limit is refused before any controller sees it, so no page or API advice
 * applies: this one does, for every request. The API answers 413 with its message as JSON; a page answers
 * with the error page's own message. Tomcat reads the rest of the body first (server.tomcat.max-swallow-size),
 * so the answer reaches the browser instead of a closed connection.
 */
@ControllerAdvice
class UploadLimits {

    private final MessageSource messages;

    UploadLimits(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    Object tooLarge(HttpServletRequest request, HttpServletResponse response) {
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).contentType(MediaType.APPLICATION_JSON)
                    .body(Map.of("error", messages.getMessage("error.tooLarge", null, LocaleContextHolder.getLocale())));
        }
        response.setStatus(HttpStatus.PAYLOAD_TOO_LARGE.value());
        ModelAndView page = new ModelAndView("error");
        page.setStatus(HttpStatus.PAYLOAD_TOO_LARGE);
        page.addObject("status", HttpStatus.PAYLOAD_TOO_LARGE.value());
        page.addObject("messageKey", "error.tooLarge");
        return page;
    }
}
