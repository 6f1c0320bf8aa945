#![no_std]

pub const ANSWER: u64 = 42;
