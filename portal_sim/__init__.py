"""Local simulator of Vietnamese provincial portals (Liferay, SharePoint/ASP.NET, NukeViet, custom)
for the demo, the tests and the benchmarks. Never touches the network beyond the host it binds."""
from portal_sim.server import Sim, Site, start_simulator  # noqa: F401
