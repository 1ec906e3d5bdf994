# Databricks notebook source
# Ingests new event files from the landing bucket into the bronze table.
dbutils.widgets.text("source", "")
dbutils.widgets.text("checkpoint", "")
(spark.readStream.format("cloudFiles")
    .option("cloudFiles.format", "json")
    .load(dbutils.widgets.get("source"))
    .writeStream.option("checkpointLocation", dbutils.widgets.get("checkpoint"))
    .trigger(availableNow=True)
    .toTable("bronze.events"))
