package org.qualityloop.web;

import com.fasterxml.jackson.databind.JsonMappingException;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.qualityloop.casefile.CaseNotFoundException;
import org.qualityloop.casefile.IllegalCaseTransitionException;
import org.qualityloop.forms.FieldErrors;
import org.qualityloop.forms.FormPages;
import org.qualityloop.forms.InvalidInputException;
import org.qualityloop.intake.IntakeConflictException;
import org.qualityloop.process.NotYourTaskException;
import org.qualityloop.process.TaskAlreadyCompletedException;
import org.qualityloop.process.TaskNotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Maps failures to API answers: 400 with field messages, 403, 404, 409, each in the caller's language. */
// First, so that for API controllers it wins over the pages' advice (a @RestController is also a @Controller).
@org.springframework.core.annotation.Order(org.springframework.core.Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
class ApiErrors {

    private final MessageSource messages;

    private final FormPages forms;

    ApiErrors(MessageSource messages, FormPages forms) {
        this.messages = messages;
        this.forms = forms;
    }

    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<Map<String, Object>> invalid(InvalidInputException e) {
        return ResponseEntity.badRequest().body(Map.of("errors", resolve(e.errors())));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<Map<String, Object>> unreadable(HttpMessageNotReadableException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof PayloadTooLargeException) {
                return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE)
                        .body(Map.of("error", text("api.bodyTooLarge.chunked")));
            }
        }
        String field = "body";
        if (e.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            field = mapping.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining(".")).replace(".[", "[");
        }
        return ResponseEntity.badRequest().body(Map.of("errors", Map.of(field, text("api.malformedJson"))));
    }

    @ExceptionHandler({CaseNotFoundException.class, TaskNotFoundException.class})
    ResponseEntity<Map<String, Object>> notFound(RuntimeException e) {
        return error(HttpStatus.NOT_FOUND, "api.notFound");
    }

    @ExceptionHandler({NotYourTaskException.class, AccessDeniedException.class})
    ResponseEntity<Map<String, Object>> forbidden(RuntimeException e) {
        return error(HttpStatus.FORBIDDEN, "api.forbidden");
    }

    @ExceptionHandler({TaskAlreadyCompletedException.class, OptimisticLockingException.class,
            PessimisticLockingFailureException.class})
    ResponseEntity<Map<String, Object>> completed(RuntimeException e) {
        return error(HttpStatus.CONFLICT, "api.taskCompleted");
    }

    @ExceptionHandler(IntakeConflictException.class)
    ResponseEntity<Map<String, Object>> intakeConflict(IntakeConflictException e) {
        return error(HttpStatus.CONFLICT, "api.reportNoConflict");
    }

    @ExceptionHandler(IllegalCaseTransitionException.class)
    ResponseEntity<Map<String, Object>> illegalTransition(IllegalCaseTransitionException e) {
        return error(HttpStatus.CONFLICT, "api.illegalTransition");
    }

    private ResponseEntity<Map<String, Object>> error(HttpStatus status, String key) {
        return ResponseEntity.status(status).body(Map.of("error", text(key)));
    }

    private Map<String, String> resolve(FieldErrors errors) {
        return forms.messages(errors);
    }

    private String text(String key) {
        return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
    }
}
