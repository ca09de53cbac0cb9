"""Catalogues and option lists: defined once, read by forms, advisor, plan and figures."""
