REFRESH MATERIALIZED VIEW gold.revenue_weekly;
