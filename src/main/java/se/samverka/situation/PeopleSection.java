package se.samverka.situation;

import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import se.samverka.callout.AnswerFigures;
import se.samverka.effort.ShiftFigures;
import se.samverka.task.TaskFigures;

/**
 * People engaged in the period: distinct volunteers given a task, confirmed on a shift that started in the period, or
 * who said yes to a call-out; and all of them counted once.
 */
@Component
class PeopleSection implements SituationSection {

    static final String TASKS = "TASKS";
    static final String SHIFTS = "SHIFTS";
    static final String YES = "YES";
    static final String TOTAL = "PEOPLE";

    private final TaskFigures tasks;
    private final ShiftFigures shifts;
    private final AnswerFigures answers;

    PeopleSection(TaskFigures tasks, ShiftFigures shifts, AnswerFigures answers) {
        this.tasks = tasks;
        this.shifts = shifts;
        this.answers = answers;
    }

    @Override
    public String key() {
        return "people";
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public List<String> measures() {
        return List.of(TASKS, SHIFTS, YES, TOTAL);
    }

    @Override
    public List<SituationFigure> figures(SituationPeriod period) {
        var withTask = tasks.volunteersAssigned(period.from(), period.to());
        var onShift = shifts.confirmed(period.firstDay(), period.lastDay()).stream()
                .filter(w -> period.contains(
                        w.date().atTime(w.from()).atZone(period.zone()).toInstant()))
                .map(w -> w.volunteerId())
                .collect(Collectors.toSet());
        var saidYes = answers.volunteersWhoSaidYes(period.from(), period.to());
        var everyone = new HashSet<UUID>(withTask);
        everyone.addAll(onShift);
        everyone.addAll(saidYes);
        return List.of(
                new SituationFigure("", "", TASKS, withTask.size()),
                new SituationFigure("", "", SHIFTS, onShift.size()),
                new SituationFigure("", "", YES, saidYes.size()),
                new SituationFigure("", "", TOTAL, everyone.size()));
    }
}
