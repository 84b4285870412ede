using System.Text;
using MimeKit;

namespace Hotspots.Problems;

/// <summary>One open action as a reminder e-mail lists it: its title, its plan's title and marking, its due date, nothing more.</summary>
public sealed record RemindedAction(long Id, string What, string PlanTitle, Classification Marking, DateOnly DueOn);

/// <summary>
/// The daily e-mail to one owner. It carries action and plan titles, due dates and a link, never comments, annotations or
/// incident details, and the highest marking of its plans in the subject and at top and bottom of the text.
/// </summary>
public static class ReminderMail
{
    public const int DueWithinDays = 7;

    public static string Marking(IEnumerable<RemindedAction> actions) =>
        actions.Any(a => a.Marking == Classification.OfficialSensitive) ? "OFFICIAL-SENSITIVE" : "OFFICIAL";

    public static MimeMessage Compose(SmtpSettings smtp, string address, IReadOnlyList<RemindedAction> actions, DateOnly today)
    {
        var overdue = actions.Where(a => a.DueOn < today).ToList();
        var dueSoon = actions.Where(a => a.DueOn >= today).ToList();
        var marking = Marking(actions);
        var text = new StringBuilder($"{marking}\n\nYour actions on the partnership's problem-solving plans that need attention on {today:yyyy-MM-dd}.\n");
        List(text, $"Overdue ({overdue.Count})", overdue);
        List(text, $"Due by {today.AddDays(DueWithinDays):yyyy-MM-dd} ({dueSoon.Count})", dueSoon);
        text.Append($"\nOpen them, with their comments and plans, in Hotspots: {smtp.Link}\n\n{marking}\n");
        var message = new MimeMessage { Subject = $"[{marking}] Hotspots reminder: {overdue.Count} overdue, {dueSoon.Count} due soon", Body = new TextPart("plain") { Text = text.ToString() } };
        message.From.Add(MailboxAddress.Parse(smtp.From));
        message.To.Add(MailboxAddress.Parse(address));
        return message;
    }

    private static void List(StringBuilder text, string heading, List<RemindedAction> actions)
    {
        if (actions.Count == 0) return;
        text.Append($"\n{heading}:\n");
        foreach (var a in actions) text.Append($"- {a.What} (plan: {a.PlanTitle}), due {a.DueOn:yyyy-MM-dd}\n");
    }
}
