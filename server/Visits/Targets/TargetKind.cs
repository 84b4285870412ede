namespace Hotspots.Visits;

public enum TargetKind { Premises, RiskBusiness }

/// <summary>A place an operation can visit: premises or a risk business, by its id in its own table.</summary>
public sealed record TargetRef(TargetKind Kind, long PlaceId);
