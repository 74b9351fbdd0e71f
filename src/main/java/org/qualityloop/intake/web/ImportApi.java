package org.qualityloop.intake.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.qualityloop.identity.CurrentActor;
import org.qualityloop.intake.IntakeImports;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Spreadsheet imports through the API: the same preview, commit and rules as the page. */
@RestController
class ImportApi {

    private final IntakeImports imports;
    private final CurrentActor currentActor;
    private final MessageSource messages;

    ImportApi(IntakeImports imports, CurrentActor currentActor, MessageSource messages) {
        this.imports = imports;
        this.currentActor = currentActor;
        this.messages = messages;
    }

    @Operation(summary = "Upload a sheet of results (XLSX or CSV in UTF-8 or GBK) to be read and checked in the background")
    @PostMapping("/api/v1/intake/imports")
    ResponseEntity<Map<String, Object>> upload(@RequestParam MultipartFile file,
                                               @RequestParam(required = false) String plan,
                                               @RequestParam(required = false) String category) throws IOException {
        UUID id = imports.upload(currentActor.get(), file.getOriginalFilename(), file.getBytes(), plan, category);
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(Map.of("id", id));
    }

    @Operation(summary = "An import's status, counts and every rejected row's problems in words",
            responses = @ApiResponse(responseCode = "200", content = @Content(examples = @ExampleObject(value = """
                    {"id": "0f8c…", "status": "PREVIEW", "rows": 3, "processed": 3, "accepted": 1, "duplicates": 1,
                     "rejected": 1, "registered": 0,
                     "errors": [{"row": 5, "column": "受检单位统一社会信用代码", "message": "统一社会信用代码无效（校验位不符或含非法字符）"},
                                {"row": 6, "column": "报告编号", "message": "与第 3 行的报告编号重复"}]}"""))))
    @GetMapping("/api/v1/intake/imports/{id}")
    Map<String, Object> status(@PathVariable UUID id, Locale locale) {
        IntakeImports.Summary s = imports.of(currentActor.get(), id);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", s.id());
        body.put("status", s.status());
        body.put("rows", s.rows());
        body.put("processed", s.processed());
        body.put("accepted", s.accepted());
        body.put("duplicates", s.duplicates());
        body.put("rejected", s.rejected());
        body.put("registered", s.registered());
        List<Map<String, Object>> errors = imports.rows(currentActor.get(), id, true, Integer.MAX_VALUE).stream()
                .flatMap(row -> row.problems().stream()).map(p -> {
                    Map<String, Object> e = new LinkedHashMap<>();
                    e.put("row", p.row());
                    e.put("column", p.column());
                    e.put("message", messages.getMessage(p.code(), p.args().toArray(), p.code(), locale));
                    return e;
                }).toList();
        body.put("errors", errors);
        return body;
    }

    @Operation(summary = "Register the import's valid rows (after the preview); idempotent by report number")
    @PostMapping("/api/v1/intake/imports/{id}/commit")
    ResponseEntity<Void> commit(@PathVariable UUID id) {
        imports.commit(currentActor.get(), id);
        return ResponseEntity.accepted().build();
    }
}
