import { createRequire as __cjsRequire } from 'node:module'; const require = __cjsRequire(import.meta.url);
import{a as r,c as i}from"./chunk-Z6BBBYQC.js";var o=i((p,e)=>{e.exports=r("node:http")});export{o as a};
