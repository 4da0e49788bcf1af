package org.nashir.article.body;

import java.util.List;
import java.util.stream.Collectors;

/** A body refused on write, with every problem found, each naming its block and field. */
public class InvalidBodyException extends RuntimeException {

    private final List<BodyProblem> problems;

    public InvalidBodyException(List<BodyProblem> problems) {
        super(problems.stream().map(BodyProblem::describe).collect(Collectors.joining("؛ ")));
        this.problems = List.copyOf(problems);
    }

    public List<BodyProblem> problems() {
        return problems;
    }
}
