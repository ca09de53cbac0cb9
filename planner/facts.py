"""The facts of a stored plan (`steps.facts`): its answers and the state of each step, read once."""
from steps.facts import StepState, plan_facts


def facts_of(plan, answers=None, findings=None):
    """What is true of the plan now; `answers` when the caller has them already."""
    if plan.pk is None:  # a plan that is not stored (a test's, a sample): its answers count as saved
        return plan_facts(answers or {}, None, findings)
    rows = list(plan.step_answers.all())
    if answers is None:
        answers = plan.answers(rows)
    states = {row.step: StepState(answered=row.is_answered, done=row.is_done, draft=row.draft is not None)
              for row in rows}
    return plan_facts(answers, states, findings, sections=plan.sections)
