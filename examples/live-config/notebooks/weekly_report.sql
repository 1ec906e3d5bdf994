-- Databricks notebook source
-- Weekly revenue report.
SELECT date_trunc('week', ts) AS week, sum(amount) AS revenue FROM gold.orders GROUP BY 1 ORDER BY 1 DESC;
