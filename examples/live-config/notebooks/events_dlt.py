# Databricks notebook source
import dlt

@dlt.table(comment="Raw events")
def events_raw():
    return spark.readStream.format("cloudFiles").option("cloudFiles.format", "json").load(spark.conf.get("events.source"))
