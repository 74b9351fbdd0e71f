package org.qualityloop.web;

import jakarta.servlet.http.HttpServletResponse;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.qualityloop.casefile.CaseNotFoundException;
import org.qualityloop.casefile.IllegalCaseTransitionException;
import org.qualityloop.process.NotYourTaskException;
import org.qualityloop.process.TaskAlreadyCompletedException;
import org.qualityloop.process.TaskNotFoundException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * The pages' answer to a failure: the same error page, with the status and a message in the user's
 * language. Something out of scope reads exactly like something that does not exist.
 */
@ControllerAdvice(annotations = Controller.class)
class PageErrors {

    @ExceptionHandler({CaseNotFoundException.class, TaskNotFoundException.class})
    String notFound(HttpServletResponse response, Model model) {
        return page(response, model, HttpStatus.NOT_FOUND, "error.notFound");
    }

    @ExceptionHandler(NotYourTaskException.class)
    String forbidden(HttpServletResponse response, Model model) {
        return page(response, model, HttpStatus.FORBIDDEN, "error.forbidden");
    }

    @ExceptionHandler({TaskAlreadyCompletedException.class, OptimisticLockingException.class,
            PessimisticLockingFailureException.class,
            IllegalCaseTransitionException.class})
    String conflict(HttpServletResponse response, Model model) {
        return page(response, model, HttpStatus.CONFLICT, "error.taskCompleted");
    }

    private static String page(HttpServletResponse response, Model model, HttpStatus status, String message) {
        response.setStatus(status.value());
        model.addAttribute("status", status.value());
        model.addAttribute("messageKey", message);
        return "error";
    }
}
