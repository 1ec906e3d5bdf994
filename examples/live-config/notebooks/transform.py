# Databricks notebook source
# Builds the silver or gold layer, or (mode=probe) reports how fresh the gold tables are.
dbutils.widgets.text("layer", "silver")
dbutils.widgets.text("target", "")
dbutils.widgets.text("mode", "build")
print(dbutils.widgets.get("mode"), dbutils.widgets.get("layer"), dbutils.widgets.get("target"))
