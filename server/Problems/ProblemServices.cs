namespace Hotspots.Problems;

public static class ProblemServices
{
    public static IServiceCollection AddProblems(this IServiceCollection services) => services
        .AddSingleton<GroupStore>().AddSingleton<GroupMembers>().AddSingleton<PlanStore>().AddSingleton<CaseStudyStore>().AddSingleton<AnnotationStore>()
        .AddSingleton<ActionStore>().AddSingleton<ActionUpdate>().AddSingleton<PlanTimeline>().AddSingleton<MeetingStore>()
        .AddSingleton<AgendaBuilder>().AddSingleton<PlanAssessor>()
        .AddSingleton<MeetingPacks>().AddSingleton<BoardFigures>().AddSingleton<GroupListener>().AddHostedService(s => s.GetRequiredService<GroupListener>())
        .AddSingleton<ReminderMailer>().AddSingleton<ReminderAddress>().AddHostedService<ReminderSchedule>();
}
