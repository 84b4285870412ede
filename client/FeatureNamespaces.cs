// Every feature's records and queries, to every file of the client, as _Imports.razor gives them to every page: a
// feature keeps its queries beside its pages, and other features' pages (a plan page draws areas and incidents) and the
// map use its records without a list of usings each.
global using Hotspots.Client.Access;
global using Hotspots.Client.Analysis;
global using Hotspots.Client.Api;
global using Hotspots.Client.Areas;
global using Hotspots.Client.Imports;
global using Hotspots.Client.Incidents;
global using Hotspots.Client.Places;
global using Hotspots.Client.Problems;
global using Hotspots.Client.Visits;
