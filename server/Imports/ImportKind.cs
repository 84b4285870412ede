namespace Hotspots.Imports;

/// <summary>What a file holds and where its rows go.</summary>
public enum ImportKind { Incidents, PoliceUk, Premises, RiskBusinesses, OsmBusinesses, Areas, Postcodes }
