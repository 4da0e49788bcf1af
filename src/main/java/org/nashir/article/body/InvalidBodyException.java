package org.nashir.article.body;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.nashir.shared.Problem;
import org.springframework.http.HttpStatus;

/** A body refused on write, with every problem found, each naming its block and field. */
public class InvalidBodyException extends Problem {

    private final List<BodyProblem> problems;

    public InvalidBodyException(List<BodyProblem> problems) {
        super(HttpStatus.BAD_REQUEST, "problem.body", "body.problems",
                problems.stream().map(BodyProblem::describe).collect(Collectors.joining("؛ ")));
        this.problems = List.copyOf(problems);
    }

    public List<BodyProblem> problems() {
        return problems;
    }

    /** One problem for a program: the block (counted from 1; 0 is the body itself), its field, what is wrong. */
    public record BlockError(int block, String field, String message) {
    }

    @Override
    public Map<String, Object> properties() {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("field", "body");
        properties.put("errors", problems.stream().map(p -> new BlockError(p.index(), p.field(), p.message())).toList());
        return properties;
    }
}
