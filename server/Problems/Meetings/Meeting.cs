namespace Hotspots.Problems;

/// <summary>The record of a group's meeting: who came, the minutes and what was decided.</summary>
public sealed record Meeting(long Id, long GroupId, DateTimeOffset HeldAt, IReadOnlyList<string> Attendees, string Minutes,
    IReadOnlyList<string> Decisions, string RecordedBy, DateTimeOffset RecordedAt, IReadOnlyList<string> AttendeeNames, string RecordedByName);
